// Loaded by Cockpit before it starts (config.js, customScripts).
//
// Auditors may read everything in Cockpit and change nothing: the engine refuses them any change (they hold only
// READ and READ_HISTORY, security/RoleAuthorizations). So that Cockpit does not offer them buttons that can only
// fail, the page is marked read-only (styles/user-styles.css hides the buttons) while the signed-in person is an
// auditor and not also a process administrator.
const api = '/camunda/api';
let checkedUser;

async function json(path) {
  const response = await fetch(api + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : null;
}

async function markReadOnlyForAuditors() {
  const user = await json('/admin/auth/user/default');
  const userId = user && user.userId;
  if (userId === checkedUser) {
    return;
  }
  checkedUser = userId;
  const groups = userId ? (await json('/engine/engine/default/group?member=' + encodeURIComponent(userId))) || [] : [];
  const ids = groups.map((group) => group.id);
  document.documentElement.classList.toggle('college-read-only',
    ids.includes('auditors') && !ids.includes('camunda-admin'));
}

// Cockpit signs in and out without reloading the page; every view change is a change of the address's hash
window.addEventListener('hashchange', markReadOnlyForAuditors);
markReadOnlyForAuditors();
