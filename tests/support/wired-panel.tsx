/**
 * The whole side panel wired to the real background coach and router inside WXT's fake browser, as the panel tests
 * drive it: a panel that reads the coach through `useCoach`, site access that allows every site, and per test a
 * fresh fake browser and routing memory, a coach started with the real engine and router, stopped afterwards.
 */
import { act } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../lib/coach';
import { startCoach, type Coach, type CoachDeps } from '../../lib/background/coach';
import { onDraftSent, onRoutedSnapshot, resetRoutingMemory, routeSnapshot } from '../../lib/background/routing';
import type { RoutedSnapshot } from '../../lib/messaging/protocol';
import type { SiteAccess } from '../../lib/panel/site-access';
import { CoachPanel } from '../../components/CoachPanel';
import { useCoach } from '../../components/useCoach';

/** Every site is enabled: these tests are about what the panel shows, not about site permissions. */
const everySite: SiteAccess = {
  isSiteEnabled: async () => true,
  enableSite: async () => true,
  disableSite: async () => true,
  enabledSites: async () => [],
};

export function WiredPanel() {
  const { data, actions } = useCoach(everySite);
  return <CoachPanel data={data} actions={actions} />;
}

export interface WiredCoach {
  /** Starts the coach with the real engine and router; `deps` replaces or adds to them. Stopped after the test. */
  start(deps?: Partial<CoachDeps>): Coach;
  /** Routes a snapshot as a frame would (by default the frame the snapshot names), and waits for its analysis. */
  route(snapshot: RoutedSnapshot, sender?: { tabId: number; windowId: number; frameId: number }): Promise<void>;
}

/** Registers the hooks of a describe block whose tests use the wired panel. */
export function useWiredCoach(): WiredCoach {
  let coach: Coach | null = null;
  beforeEach(() => {
    fakeBrowser.reset();
    resetRoutingMemory();
  });
  afterEach(() => {
    coach?.stop();
    coach = null;
  });
  return {
    start(deps = {}) {
      coach = startCoach({ analyze, onRoutedSnapshot, onDraftSent, ...deps });
      return coach;
    },
    async route(snapshot, sender = { tabId: snapshot.tabId, windowId: snapshot.windowId, frameId: snapshot.frameId }) {
      await act(async () => {
        await routeSnapshot(snapshot, sender);
        await coach?.idle();
      });
    },
  };
}
