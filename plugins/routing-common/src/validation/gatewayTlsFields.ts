import { checkKnownFields } from './knownFields';
import { checkObjectRef } from './referenceFields';
import type { Report } from './routeFieldReport';
import {
  checkEnum,
  checkMaxItems,
  checkMinItems,
  checkRequired,
  checkWholeNumber,
} from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

/** A frontend TLS validation: 1 to 16 CA certificate references and a mode. */
function checkFrontendValidation(
  report: Report,
  field: string,
  validation: any,
) {
  if (!validation) return;
  const refs = validation.caCertificateRefs;
  checkRequired(report, `${field}.caCertificateRefs`, refs);
  checkMinItems(report, `${field}.caCertificateRefs`, refs, 1);
  checkMaxItems(report, `${field}.caCertificateRefs`, refs, 16);
  asArray(refs).forEach((ref, i) =>
    checkObjectRef(report, `${field}.caCertificateRefs[${i}]`, ref, {
      namespace: true,
      groupKindRequired: true,
    }),
  );
  checkEnum(report, `${field}.mode`, validation.mode, [
    'AllowValidOnly',
    'AllowInsecureFallback',
  ]);
}

/**
 * A Gateway's `tls`: the backend client certificate reference, and the frontend (client
 * certificate) validation: a default and at most 64 per-port entries, one per port.
 */
export function checkGatewayTls(report: Report, tls: any) {
  if (!tls) return;
  const field = 'spec.tls';
  checkKnownFields(
    report,
    field,
    tls,
    ['frontend', 'backend'],
    'GatewayTLSConfig',
  );
  const clientCertificate = tls.backend?.clientCertificateRef;
  if (clientCertificate) {
    checkObjectRef(
      report,
      `${field}.backend.clientCertificateRef`,
      clientCertificate,
      {
        namespace: true,
      },
    );
  }
  const frontend = tls.frontend;
  if (!frontend) return;
  checkRequired(report, `${field}.frontend.default`, frontend.default);
  checkFrontendValidation(
    report,
    `${field}.frontend.default.validation`,
    frontend.default?.validation,
  );
  const perPort = `${field}.frontend.perPort`;
  checkMaxItems(report, perPort, frontend.perPort, 64);
  const list = asArray(frontend.perPort);
  list.forEach((entry, i) => {
    const at = `${perPort}[${i}]`;
    checkRequired(report, `${at}.port`, entry?.port);
    checkWholeNumber(report, `${at}.port`, entry?.port, 1, 65535);
    checkRequired(report, `${at}.tls`, entry?.tls);
    checkFrontendValidation(
      report,
      `${at}.tls.validation`,
      entry?.tls?.validation,
    );
    if (list.slice(0, i).some(other => other?.port === entry?.port)) {
      report(
        `${at}.port`,
        `must be unique: port ${entry?.port} is configured before`,
      );
    }
  });
}
