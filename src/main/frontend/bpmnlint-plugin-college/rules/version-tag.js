const { is } = require('bpmnlint-utils');

/** Every executable process carries a version tag (Modeler: select the process, Version tag). */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:Process') && node.isExecutable && !node.get('camunda:versionTag')) {
      reporter.report(node.id, 'Process has no version tag: set Version tag (camunda:versionTag), e.g. the date of the change');
    }
  }
  return { check };
};
