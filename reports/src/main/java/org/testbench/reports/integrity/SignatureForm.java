package org.testbench.reports.integrity;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/**
 * Makes every byte of a signature file count. A CMS signature covers only its signed attributes;
 * the structure around them (the algorithm list of the SignedData, the signer's identifier, the
 * certificates, unsigned attributes) could change without the signature noticing. So, once the
 * signature holds, the file is rebuilt from the parts that are vouched for (signed attributes and
 * signature value, algorithms bound by the signed CMSAlgorithmProtection attribute, certificates that
 * verify) in the one DER form {@link SigningKey#sign} writes, and must equal that, byte for byte.
 */
final class SignatureForm {

    private SignatureForm() {
    }

    /**
     * @param cms        the parsed signature, whose signature over the signed attributes holds
     * @param signerInfo its one signer
     * @param signer     the signer's certificate
     * @param file       the signature file's bytes
     * @param trusted    a trusted certificate that may have issued certificates of the file, or null
     * @return null when every byte is vouched for, else what is not
     */
    static String unverifiedPart(CMSSignedData cms, SignerInformation signerInfo, X509CertificateHolder signer,
                                 byte[] file, X509Certificate trusted) {
        try {
            Collection<X509CertificateHolder> holders = cms.getCertificates().getMatches(null);
            List<X509Certificate> certificates = new ArrayList<>();
            for (X509CertificateHolder holder : holders) {
                certificates.add(new JcaX509CertificateConverter().getCertificate(holder));
            }
            for (X509Certificate certificate : certificates) {
                if (!issuedByAny(certificate, certificates, trusted)) {
                    return "the certificate of " + certificate.getSubjectX500Principal().getName()
                            + " it carries does not verify against itself, another certificate it carries, or the"
                            + " trusted certificate";
                }
            }
            return Arrays.equals(canonical(signerInfo, signer, holders), file) ? null
                    : "it holds bytes that neither the signature nor a certificate covers, changed or added after signing";
        } catch (CertificateException | IOException | RuntimeException e) {
            return "its certificates cannot be read (" + e.getMessage() + ")";
        }
    }

    private static boolean issuedByAny(X509Certificate certificate, List<X509Certificate> candidates,
                                       X509Certificate trusted) {
        List<X509Certificate> issuers = new ArrayList<>(candidates);
        if (trusted != null) {
            issuers.add(trusted);
        }
        return issuers.stream().anyMatch(issuer -> certificate.getIssuerX500Principal()
                .equals(issuer.getSubjectX500Principal()) && ManifestSignature.verifies(certificate, issuer));
    }

    /** The signature as {@link SigningKey#sign} writes it, from the vouched-for parts only. */
    private static byte[] canonical(SignerInformation signerInfo, X509CertificateHolder signer,
                                    Collection<X509CertificateHolder> certificates) throws IOException {
        SignerInfo original = signerInfo.toASN1Structure();
        SignerInfo rebuilt = new SignerInfo(new SignerIdentifier(new IssuerAndSerialNumber(signer.toASN1Structure())),
                original.getDigestAlgorithm(), original.getAuthenticatedAttributes(),
                original.getDigestEncryptionAlgorithm(), original.getEncryptedDigest(), null);
        ASN1EncodableVector certs = new ASN1EncodableVector();
        for (X509CertificateHolder holder : certificates) {
            // The signature value of a certificate lies outside what the certificate's signature covers; a
            // BIT STRING with padding bits would parse, so it is rebuilt octet-aligned (getOctets refuses padding).
            Certificate c = holder.toASN1Structure();
            certs.add(new DERSequence(new ASN1Encodable[] {c.getTBSCertificate(), c.getSignatureAlgorithm(),
                new DERBitString(c.getSignature().getOctets())}));
        }
        SignedData signedData = new SignedData(new DERSet(original.getDigestAlgorithm()),
                new ContentInfo(CMSObjectIdentifiers.data, null), new DERSet(certs), null, new DERSet(rebuilt));
        return new ContentInfo(CMSObjectIdentifiers.signedData, signedData).getEncoded(ASN1Encoding.DER);
    }
}
