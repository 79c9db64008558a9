// Loaded by Tasklist before it starts (config.js, customScripts).

// Labels of Camunda's locale file the college words its own way; every other label stays Camunda's.
const collegeLabels = {
  PROCESS_START_OK: 'Submitted. Your proposal and its reference are on My proposals (top right).'
};

// Tasklist loads its labels with $http from locales/<language>.json: these are laid over them as they arrive.
window.angular.module('cam.tasklist').config(['$httpProvider', ($httpProvider) => {
  $httpProvider.interceptors.push(() => ({
    response: (response) => {
      if (/\/locales\/en\.json$/.test(response.config.url) && response.data && response.data.labels) {
        Object.assign(response.data.labels, collegeLabels);
      }
      return response;
    }
  }));
}]);

// A navbar action like "Start process": the application's page of the signed-in person's proposals.
export default {
  id: 'my-proposals',
  pluginPoint: 'tasklist.navbar.action',
  priority: 300,
  render: (node) => {
    const link = document.createElement('a');
    link.href = '/proposals';
    link.textContent = 'My proposals';
    node.appendChild(link);
  }
};
