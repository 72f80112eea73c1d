import { describeConformance } from './__testUtils__/conformanceCase';
import { meshGrpcCases, meshHttpCases } from './cases/mesh';

describeConformance('MESH-HTTP', meshHttpCases);
describeConformance('MESH-GRPC', meshGrpcCases);
