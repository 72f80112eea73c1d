import { describeConformance } from './__testUtils__/conformanceCase';
import { gatewayHttpRouteCasesA } from './cases/gatewayHttpRoutesA';

describeConformance('GATEWAY-HTTP', gatewayHttpRouteCasesA);
