import { describeConformance } from './__testUtils__/conformanceCase';
import { gatewayTcpCases } from './cases/gatewayTcp';

describeConformance('GATEWAY-TCP', gatewayTcpCases);
