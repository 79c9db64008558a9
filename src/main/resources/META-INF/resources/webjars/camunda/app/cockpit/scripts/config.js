// Cockpit for Example College (docs/auditors.md, "Cockpit for auditors"). Camunda reads this file in place of its own
// app/cockpit/scripts/config.js; only what differs from Camunda's defaults is set here.
export default {
  // auditors read Cockpit without the buttons that change things (scripts/college-cockpit.js)
  customScripts: ['scripts/college-cockpit']
};
