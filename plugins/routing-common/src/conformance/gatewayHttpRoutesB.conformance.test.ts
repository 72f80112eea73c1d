import { describeConformance } from './__testUtils__/conformanceCase';
import { gatewayHttpRouteCasesB } from './cases/gatewayHttpRoutesB';

describeConformance('GATEWAY-HTTP', gatewayHttpRouteCasesB);
