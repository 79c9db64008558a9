module.exports = {
  configs: {
    recommended: {
      rules: {
        'version-tag': 'error',
        'form-bound-to-deployment': 'error',
        'decision-bound-to-deployment': 'error'
      }
    }
  }
};
