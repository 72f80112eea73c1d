import { describeConformance } from './__testUtils__/conformanceCase';
import { gatewayUdpCases } from './cases/gatewayUdp';

describeConformance('GATEWAY-UDP', gatewayUdpCases);
