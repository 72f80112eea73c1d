export { analyzeManifests } from './analyzeManifests';
