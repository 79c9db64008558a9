const { is } = require('bpmnlint-utils');

/** Every user task has a Camunda Form, bound with "deployment" so each diagram version keeps its own forms. */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    if (!node.get('camunda:formRef')) {
      reporter.report(node.id, 'User task has no form: set Form, Camunda Form (linked), Form ID and Binding: deployment');
    } else if (node.get('camunda:formRefBinding') !== 'deployment') {
      reporter.report(node.id, 'Form ' + node.get('camunda:formRef') + ' must be bound with Binding: deployment');
    }
  }
  return { check };
};
