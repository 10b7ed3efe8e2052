export default defineBackground(() => {
  // Clicking the toolbar action opens the coach beside the helpdesk.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
});
