import { describeConformance } from './__testUtils__/conformanceCase';
import { gatewayTlsCases } from './cases/gatewayTls';

describeConformance('GATEWAY-TLS', gatewayTlsCases);
