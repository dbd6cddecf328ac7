// Applies the colour scheme chosen with the theme switch ("light" or "dark"
// under the localStorage key dfa.theme) before the first paint, so the page
// never flashes in the other scheme. Anything else follows the system.
try {
  var theme = localStorage.getItem('dfa.theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
} catch (e) {
  // Storage blocked: follow the system.
}
