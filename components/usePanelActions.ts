/** What the agent can do from the panel. Components receive these as props and know nothing of messaging. */
import type { VisibleFinding } from '../lib/panel/view';

export interface PanelActions {
  insert(text: string): Promise<void>;
  apply(finding: VisibleFinding, replacement: string): Promise<void>;
  ignore(finding: VisibleFinding): Promise<void>;
  ignoreRule(ruleId: string): Promise<void>;
  useSelection(): Promise<void>;
  enableSite(): Promise<void>;
  takeBreak(): Promise<void>;
  openOptions(): void;
}
