import { describeConformance } from './__testUtils__/conformanceCase';
import { gatewayHttpGatewayCases } from './cases/gatewayHttpGateways';

describeConformance('GATEWAY-HTTP', gatewayHttpGatewayCases);
