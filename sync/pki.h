// The office's small certificate authority, over OpenSSL's C API: P-256 keys, a self-signed CA,
// the server's certificate, a tablet's certificate request, and the certificate the office issues
// for it. Private keys only ever exist in memory and inside the encrypted stores (as PEM text,
// which the store encrypts); nothing here writes a file.
//
// A tablet trusts the office by the SHA-256 of its public key (the "pin" in the pairing bundle),
// not by names or a public CA. The office trusts a tablet by its certificate, issued by its own CA
// with the device id as the subject's common name.
#pragma once

#include "result.h"

#include <chrono>
#include <memory>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <string>
#include <string_view>
#include <vector>

namespace fieldnotes::sync::pki {

struct KeyDeleter {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct CertificateDeleter {
    void operator()(X509* cert) const { X509_free(cert); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using Certificate = std::unique_ptr<X509, CertificateDeleter>;

enum class Usage { Authority, Server, Client };

core::Result<Key> generateKey();
// PEM text of a private key (unencrypted: it is only ever stored inside an encrypted store).
core::Result<std::string> privateKeyPem(EVP_PKEY* key);
core::Result<Key> privateKeyFromPem(std::string_view pem);

core::Result<std::string> certificateDer(X509* cert);
core::Result<std::string> certificatePem(X509* cert);
core::Result<Certificate> certificateFromDer(std::string_view der);
core::Result<Certificate> certificateFromPem(std::string_view pem);

// A certificate for `subjectKey` named `commonName`, signed by `issuerKey` (self-signed when
// `issuer` is null). Server certificates carry `altNames` ("IP:127.0.0.1", "DNS:office.local").
core::Result<Certificate> issue(EVP_PKEY* subjectKey, const std::string& commonName, Usage usage, EVP_PKEY* issuerKey,
    X509* issuer, std::chrono::days validity, const std::vector<std::string>& altNames = {});

// A certificate request (DER) for `key`; the office ignores its subject and names the device itself.
core::Result<std::string> certificateRequest(EVP_PKEY* key, const std::string& commonName);
// The public key of a request whose signature holds; refuses anything but a P-256 key.
core::Result<Key> requestedKey(std::string_view der);

// "sha256/<base64 of SHA-256 over the DER SubjectPublicKeyInfo>".
core::Result<std::string> publicKeyPin(EVP_PKEY* key);
core::Result<std::string> publicKeyPin(X509* cert);
std::string commonName(X509* cert);
std::string serialHex(X509* cert);
std::string fingerprintSha256(X509* cert);
// Whether `cert` was signed by `issuer`'s key.
bool isIssuedBy(X509* cert, X509* issuer);

} // namespace fieldnotes::sync::pki
