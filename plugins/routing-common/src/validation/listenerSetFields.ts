import { checkKnownFields } from './knownFields';
import { checkListeners } from './listenerFields';
import { checkObjectRef } from './referenceFields';
import type { Report } from './routeFieldReport';
import { checkRequired } from './routeFieldReport';

/** A ListenerSet's spec (v1): the parentRef (a Gateway reference) and 1 to 64 listeners. */
export function checkListenerSet(report: Report, spec: any) {
  checkKnownFields(
    report,
    'spec',
    spec,
    ['parentRef', 'listeners'],
    'ListenerSet spec',
  );
  checkKnownFields(
    report,
    'spec.parentRef',
    spec.parentRef,
    ['group', 'kind', 'namespace', 'name'],
    'ListenerSet parentRef',
  );
  checkRequired(report, 'spec.parentRef', spec.parentRef);
  if (spec.parentRef) {
    checkObjectRef(report, 'spec.parentRef', spec.parentRef, {
      namespace: true,
    });
  }
  checkListeners(report, 'spec.listeners', spec.listeners);
}
