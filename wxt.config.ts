import { defineConfig } from 'wxt';
import { KNOWN_HELPDESK_MATCHES } from './lib/helpdesks/hosts';
import { EXTENSION_PUBLIC_KEY } from './lib/extension-identity';

// The manifest is code: the Chrome branch (side_panel) and the Firefox branch (sidebar_action) side by side.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Browser tests drive the built extension, never a dev server.
  webExt: { disabled: true },
  vite: () => ({
    plugins: [
      {
        // pluralize (used by syllable, in the engine) is UMD: its `typeof require === 'function'` test is false inside
        // the bundler's CommonJS wrapper, so it assigns to `this` instead of module.exports and the import is empty.
        name: 'attune-umd-pluralize',
        transform(code: string, id: string) {
          if (!/node_modules[\\/]pluralize[\\/]pluralize\.js$/.test(id)) return null;
          return code.replace("typeof require === 'function' && typeof exports === 'object'", "typeof exports === 'object'");
        },
      },
    ],
  }),
  manifest: ({ browser }) => ({
    name: 'Attune — empathy coach for support replies',
    short_name: 'Attune',
    description:
      'Coaches support agents to acknowledge, answer and reassure — analysed on your device; drafts never leave the browser.',
    permissions: [
      'storage',
      'contextMenus',
      'scripting',
      'alarms',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: KNOWN_HELPDESK_MATCHES,
    // Self-hosted helpdesks are enabled one origin at a time at runtime: never <all_urls> at install.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Attune' },
    commands: {
      'open-coach': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Open the Attune coach',
      },
    },
    ...(browser === 'firefox'
      ? {
          sidebar_action: { default_panel: 'sidepanel.html', default_title: 'Attune' },
          browser_specific_settings: { gecko: { id: 'attune@attune.dev', strict_min_version: '128.0' } },
        }
      : {
          side_panel: { default_path: 'sidepanel.html' },
          ...(process.env.ATTUNE_STORE_BUILD === '1' ? {} : { key: EXTENSION_PUBLIC_KEY }),
        }),
  }),
});
