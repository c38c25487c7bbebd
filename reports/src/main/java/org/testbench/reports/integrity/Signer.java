package org.testbench.reports.integrity;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * Who signed a manifest, as a person checks it: the certificate's subject, issuer, serial number and
 * validity, and when the signature says it was made.
 *
 * @param subject     the certificate's subject, e.g. {@code CN=Example Lab Signing,O=Example Lab,C=DE}
 * @param issuer      the certificate's issuer; the subject again for a self-signed certificate
 * @param serial      the serial number, hexadecimal as keytool and openssl print it
 * @param notBefore   the start of the certificate's validity
 * @param notAfter    the end of the certificate's validity
 * @param signingTime the signing time the signature carries, or null when it carries none
 */
public record Signer(String subject, String issuer, String serial, Instant notBefore, Instant notAfter,
                     Instant signingTime) {

    /**
     * @param certificate the signer's certificate
     * @param signingTime the signed signing time, or null
     * @return the signer
     */
    public static Signer of(X509Certificate certificate, Instant signingTime) {
        return new Signer(certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber().toString(16),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), signingTime);
    }
}
