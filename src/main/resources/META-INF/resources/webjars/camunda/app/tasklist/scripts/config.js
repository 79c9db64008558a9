// Tasklist for Example College's staff (docs/administrators.md, "Tasklist for the college"). Camunda reads this file
// in place of its own app/tasklist/scripts/config.js; only what differs from Camunda's defaults is set here.
export default {
  // the header reads "Example College Tasklist"; keep the vendor equal to approval.issuer.name
  app: {
    name: 'Tasklist',
    vendor: 'Example College'
  },
  // the "My proposals" link and the start message (scripts/college-tasklist.js)
  customScripts: ['scripts/college-tasklist'],
  // Camunda's own keyboard shortcuts, which exist only when the configuration names them
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
