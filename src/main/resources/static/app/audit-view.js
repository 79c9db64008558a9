// The auditors' view: the proposal's diagram (bpmn-js, bundled with the application) with the path it took marked
(function () {
  const container = document.getElementById('audit-diagram');
  if (!container) {
    return;
  }
  const viewer = new BpmnJS({ container: container });
  Promise.all([
    fetch(container.dataset.diagram).then(response => response.text()),
    fetch(container.dataset.path).then(response => response.json())
  ]).then(([xml, path]) => viewer.importXML(xml).then(() => {
    const canvas = viewer.get('canvas');
    const overlays = viewer.get('overlays');
    const registry = viewer.get('elementRegistry');
    const ran = new Map();
    path.steps.forEach(step => ran.set(step.activityId, (ran.get(step.activityId) || []).concat(step)));
    ran.forEach((steps, id) => {
      if (!registry.get(id)) {
        return;
      }
      canvas.addMarker(id, steps.some(step => step.late) ? 'ran-late' : 'ran');
      const took = steps.filter(step => step.millis !== null).map(step => took_(step.millis));
      if (took.length && steps[0].type === 'userTask') {
        const label = document.createElement('div');
        label.className = 'took';
        label.textContent = took.join(' + ');
        overlays.add(id, { position: { bottom: 12, left: 0 }, html: label });
      }
    });
    path.flowsTaken.forEach(id => registry.get(id) && canvas.addMarker(id, 'taken'));
    canvas.zoom('fit-viewport');
    container.dataset.ready = 'true';
  })).catch(problem => {
    container.textContent = 'The diagram could not be shown: ' + problem.message;
  });

  function took_(millis) {
    const minutes = Math.round(millis / 60000);
    if (minutes >= 1440) {
      return Math.floor(minutes / 1440) + ' d ' + Math.floor((minutes % 1440) / 60) + ' h';
    }
    return minutes >= 60 ? Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min' : Math.max(minutes, 0) + ' min';
  }
})();
