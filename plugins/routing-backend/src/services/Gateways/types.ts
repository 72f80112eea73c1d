import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { GatewaysResponse } from '@portway/plugin-routing-common';

/** Options of {@link GatewaysService.getGateways}. */
export interface GetGatewaysOptions {
  /** Whose catalog view names the routes' entities; the plugin's own credentials when absent. */
  credentials?: BackstageCredentials;
}

/** Answers which Gateways exist, what their listeners accept and who is attached where. */
export interface GatewaysService {
  /** Every Gateway in every cluster; a failing cluster is reported, not thrown. */
  getGateways(options?: GetGatewaysOptions): Promise<GatewaysResponse>;
}
