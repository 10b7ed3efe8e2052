import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { KNOWN_HELPDESK_MATCHES } from './lib/helpdesks/hosts';
import { EXTENSION_PUBLIC_KEY, FIREFOX_ADDON_ID } from './lib/extension-identity';
import { bundleRewrites, ruleLessons, stripExamples } from './scripts/vite-plugins';
import { preactAliases } from './scripts/preact-aliases';

// The manifest is code: the Chrome branch (side_panel) and the Firefox branch (sidebar_action) side by side.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Browser tests drive the built extension, never a dev server.
  webExt: { disabled: true },
  // One manifest version everywhere (the README says why Firefox gets MV3 too).
  manifestVersion: 3,
  // ATTUNE_SOURCEMAP=1: source maps for bench/bundle-modules.ts and bench/profile-panel.ts (never shipped).
  vite: () => ({
    plugins: [bundleRewrites(), ruleLessons(), stripExamples()],
    // React imports render with preact/compat (scripts/preact-aliases.ts says why).
    // Content scripts get a smaller ContentScriptContext of the same behaviour (lib/content/context.ts says why).
    resolve: {
      alias: [
        ...preactAliases,
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./lib/content/context.ts', import.meta.url)),
        },
      ],
    },
    build: { sourcemap: process.env.ATTUNE_SOURCEMAP === '1' },
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // The AMO sources zip is what a reviewer rebuilds the add-on from (store/REVIEWERS.md): the extension's code
    // and build files only — not the backend, dashboard, demo, tests, benchmarks or docs.
    excludeSources: [
      'tests/**',
      'bench/**',
      'eval/**',
      'docs/**',
      'data/**',
      'demo/**',
      'dashboard/**',
      'server/*.ts',
      'server/!(validation)/**',
      'cli/**',
      '.prof/**',
      'test-results/**',
    ],
  },
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
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ADDON_ID,
              // 140 (the ESR before 153) is the first with the data-collection consent below.
              strict_min_version: '140.0',
              // Nothing is collected for Attune's makers; team counters go only to the team's own server, which the
              // agent joins by hand (store/permissions.md lists them).
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the consent key from 142 on (it has no sidebar, but installs the add-on).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          side_panel: { default_path: 'sidepanel.html' },
          ...(process.env.ATTUNE_STORE_BUILD === '1' ? {} : { key: EXTENSION_PUBLIC_KEY }),
        }),
  }),
});
