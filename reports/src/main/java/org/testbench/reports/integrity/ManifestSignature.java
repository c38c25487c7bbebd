package org.testbench.reports.integrity;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.testbench.reports.integrity.SignatureCheck.Status;
import org.testbench.reports.integrity.SignatureCheck.Trust;

/**
 * Checks the detached CMS signature of a manifest ({@link SigningKey#sign}) and its signer.
 *
 * <p>The signature must hold one signer whose certificate it carries; the signed digest must be the
 * manifest's; the certificate must have been valid at the signed signing time (an expired certificate
 * is fine for an old archive); and no byte of the file may differ from what the signature and the
 * certificates vouch for ({@link SignatureForm}). When the digest differs but the signature over the
 * signed attributes holds, the manifest is blamed, not the signature. With a
 * trusted certificate (the lab's own, typically self-signed) the signer's certificate must be that
 * certificate or be issued by it.
 */
public final class ManifestSignature {

    private ManifestSignature() {
    }

    /**
     * @param manifest  the manifest's bytes as they are now
     * @param signature the content of {@value Manifest#SIGNATURE}
     * @param trusted   the certificate to trust, or null to check the signature alone
     * @return what was found
     */
    public static SignatureCheck check(byte[] manifest, byte[] signature, X509Certificate trusted) {
        CMSSignedData cms;
        SignerInformation signerInfo;
        X509CertificateHolder holder;
        X509Certificate certificate;
        Signer signer;
        try {
            cms = new CMSSignedData(new CMSProcessableByteArray(manifest), signature);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return damaged("it holds " + signers.size() + " signers, expected one", null);
            }
            signerInfo = signers.iterator().next();
            Collection<X509CertificateHolder> matches = certificatesOf(cms, signerInfo.getSID());
            if (matches.isEmpty()) {
                return damaged("it holds no certificate of its signer", null);
            }
            holder = matches.iterator().next();
            certificate = new JcaX509CertificateConverter().getCertificate(holder);
            signer = Signer.of(certificate, signingTime(signerInfo));
        } catch (Exception e) {
            // A damaged DER structure surfaces as CMSException, IllegalArgumentException,
            // ClassCastException...: whatever it is, the file is no readable signature.
            return damaged("it is not a readable CMS signature (" + e.getMessage() + ")", null);
        }
        try {
            if (!signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                return damaged("the signature does not verify with the signer's certificate", signer);
            }
        } catch (CMSSignerDigestMismatchException e) {
            if (signedAttributesVerify(signerInfo, certificate)) {
                return new SignatureCheck(Status.INVALID, Manifest.FILE + " is not the manifest that was signed",
                        Manifest.FILE, signer, Trust.NOT_CHECKED, "no valid signature to trust");
            }
            return damaged("neither the manifest's digest nor the signature match", signer);
        } catch (CMSVerifierCertificateNotValidException e) {
            return damaged("the signer's certificate was not valid at the signing time " + signer.signingTime(),
                    signer);
        } catch (Exception e) {
            return damaged("it cannot be verified (" + e.getMessage() + ")", signer);
        }
        String unverified = SignatureForm.unverifiedPart(cms, signerInfo, holder, signature, trusted);
        if (unverified != null) {
            return damaged(unverified, signer);
        }
        String detail = "valid: signed by " + signer.subject()
                + (signer.signingTime() == null ? "" : " at " + signer.signingTime());
        if (trusted == null) {
            return new SignatureCheck(Status.VALID, detail, null, signer, Trust.NOT_CHECKED,
                    "not checked: no trusted certificate given");
        }
        if (Arrays.equals(encoded(certificate), encoded(trusted))) {
            return new SignatureCheck(Status.VALID, detail, null, signer, Trust.TRUSTED,
                    "the signer's certificate is the trusted certificate");
        }
        if (certificate.getIssuerX500Principal().equals(trusted.getSubjectX500Principal())
                && verifies(certificate, trusted)) {
            return new SignatureCheck(Status.VALID, detail, null, signer, Trust.TRUSTED,
                    "the signer's certificate was issued by the trusted certificate");
        }
        return new SignatureCheck(Status.VALID, detail, Manifest.SIGNATURE, signer, Trust.UNTRUSTED,
                "the signer's certificate is not the trusted certificate (" + trusted.getSubjectX500Principal().getName()
                        + ", serial " + trusted.getSerialNumber().toString(16) + ") nor issued by it");
    }

    private static SignatureCheck damaged(String why, Signer signer) {
        return new SignatureCheck(Status.INVALID, Manifest.SIGNATURE + " does not hold: " + why, Manifest.SIGNATURE,
                signer, Trust.NOT_CHECKED, "no valid signature to trust");
    }

    /** Whether the signature over the signed attributes holds, whatever digest they carry. */
    private static boolean signedAttributesVerify(SignerInformation signerInfo, X509Certificate certificate) {
        try {
            String algorithm = new DefaultCMSSignatureAlgorithmNameGenerator().getSignatureName(
                    signerInfo.getDigestAlgorithmID(), signerInfo.toASN1Structure().getDigestEncryptionAlgorithm());
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(signerInfo.getEncodedSignedAttributes());
            return verifier.verify(signerInfo.getSignature());
        } catch (Exception e) {
            return false;
        }
    }

    /** SignerId implements BC's Selector as a raw type, so the match is unchecked; certificates are all the store holds. */
    @SuppressWarnings("unchecked")
    private static Collection<X509CertificateHolder> certificatesOf(CMSSignedData cms, SignerId id) {
        return cms.getCertificates().getMatches(id);
    }

    private static Instant signingTime(SignerInformation signerInfo) {
        AttributeTable attributes = signerInfo.getSignedAttributes();
        Attribute time = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (time == null || time.getAttrValues().size() != 1) {
            return null;
        }
        try {
            return Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate().toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static boolean verifies(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            return new byte[0];
        }
    }
}
