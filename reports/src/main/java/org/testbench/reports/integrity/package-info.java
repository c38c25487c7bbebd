/**
 * Tamper evidence for run folders: the SHA-256 {@link org.testbench.reports.integrity.Manifest} of
 * every file (raw data, results, reports), its detached CMS signature made with a lab's
 * {@link org.testbench.reports.integrity.SigningKey}, and the
 * {@link org.testbench.reports.integrity.ArchiveVerification} that recomputes every hash, names each
 * file that changed, is missing or was added, and checks the signature and its signer.
 *
 * <p>Everything is in formats other tools check without testbench: {@code sha256sum -c
 * manifest.sha256} and {@code openssl cms -verify -binary -inform DER -in manifest.sha256.p7s
 * -content manifest.sha256 -CAfile lab.crt}. Labs usually sign with a self-signed certificate of
 * their own; trust is then the certificate itself, given to the verifier.
 */
package org.testbench.reports.integrity;
