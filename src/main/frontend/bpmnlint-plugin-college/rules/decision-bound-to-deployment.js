const { is } = require('bpmnlint-utils');

/** A business rule task calls the decision table deployed with its diagram, so a changed table routes new proposals only. */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:BusinessRuleTask')) {
      return;
    }
    if (!node.get('camunda:decisionRef')) {
      reporter.report(node.id, 'Business rule task names no decision: set Implementation DMN and Decision reference');
    } else if (node.get('camunda:decisionRefBinding') !== 'deployment') {
      reporter.report(node.id, 'Decision ' + node.get('camunda:decisionRef') + ' must be called with Binding: deployment, not latest');
    }
  }
  return { check };
};
