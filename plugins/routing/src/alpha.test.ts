import routingFormFieldsModuleDefault, {
  routingFormFieldsModule,
} from './alpha';

describe('routingFormFieldsModule', () => {
  it('is a module of the scaffolder plugin, also the default export for package discovery', () => {
    expect(routingFormFieldsModule.$$type).toBe('@backstage/FrontendModule');
    expect(routingFormFieldsModule.pluginId).toBe('scaffolder');
    expect(routingFormFieldsModuleDefault).toBe(routingFormFieldsModule);
  });
});
