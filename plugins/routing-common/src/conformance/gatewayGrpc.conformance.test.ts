import { describeConformance } from './__testUtils__/conformanceCase';
import { gatewayGrpcCases } from './cases/gatewayGrpc';

describeConformance('GATEWAY-GRPC', gatewayGrpcCases);
