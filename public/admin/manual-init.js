// Read by decap-cms.js when it loads: editor.js starts it once the generated configuration is fetched.
window.CMS_MANUAL_INIT = true;
