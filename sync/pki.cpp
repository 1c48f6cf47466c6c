#include "pki.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace fieldnotes::sync::pki {

using core::ErrorCode;
using core::fail;

namespace {

struct BioDeleter {
    void operator()(BIO* b) const { BIO_free(b); }
};
using Bio = std::unique_ptr<BIO, BioDeleter>;
struct RequestDeleter {
    void operator()(X509_REQ* r) const { X509_REQ_free(r); }
};
using Request = std::unique_ptr<X509_REQ, RequestDeleter>;

// The reason OpenSSL gives, for logs (it never holds personal data); clears the error queue.
std::string openSslReason()
{
    std::string out;
    while (const unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        if (!out.empty())
            out += "; ";
        out += buf;
    }
    return out.empty() ? "no detail" : out;
}

tl::unexpected<core::Error> cryptoFailure(std::string_view what)
{
    return fail(ErrorCode::Internal, std::string(what) + " failed (" + openSslReason() + ").");
}

std::string bioText(BIO* bio)
{
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? std::string(data, static_cast<std::size_t>(n)) : std::string();
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

std::string hex(const unsigned char* data, std::size_t n)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(n * 2);
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[data[i] >> 4];
        out += digits[data[i] & 0xf];
    }
    return out;
}

} // namespace

core::Result<Key> generateKey()
{
    Key key(EVP_EC_gen("P-256"));
    if (!key)
        return cryptoFailure("Creating a key pair");
    return key;
}

core::Result<std::string> privateKeyPem(EVP_PKEY* key)
{
    Bio bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return cryptoFailure("Encoding a private key");
    return bioText(bio.get());
}

core::Result<Key> privateKeyFromPem(std::string_view pem)
{
    Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    Key key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return fail(ErrorCode::Corrupt, "A stored private key cannot be read (" + openSslReason() + ").");
    return key;
}

core::Result<std::string> certificateDer(X509* cert)
{
    unsigned char* buf = nullptr;
    const int n = i2d_X509(cert, &buf);
    if (n <= 0)
        return cryptoFailure("Encoding a certificate");
    std::string out(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    OPENSSL_free(buf);
    return out;
}

core::Result<std::string> certificatePem(X509* cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return cryptoFailure("Encoding a certificate");
    return bioText(bio.get());
}

core::Result<Certificate> certificateFromDer(std::string_view der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    Certificate cert(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
    if (!cert || p != reinterpret_cast<const unsigned char*>(der.data()) + der.size())
        return fail(ErrorCode::Protocol, "A certificate cannot be read (" + openSslReason() + ").");
    return cert;
}

core::Result<Certificate> certificateFromPem(std::string_view pem)
{
    Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    Certificate cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert)
        return fail(ErrorCode::Corrupt, "A stored certificate cannot be read (" + openSslReason() + ").");
    return cert;
}

core::Result<Certificate> issue(EVP_PKEY* subjectKey, const std::string& commonName, Usage usage, EVP_PKEY* issuerKey,
    X509* issuer, std::chrono::days validity, const std::vector<std::string>& altNames)
{
    Certificate cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return cryptoFailure("Creating a certificate");
    // A random 127-bit serial: unique without a counter to keep.
    BIGNUM* serial = BN_new();
    const bool serialOk = serial && BN_rand(serial, 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1
        && BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(cert.get())) != nullptr;
    BN_free(serial);
    if (!serialOk)
        return cryptoFailure("Choosing a certificate serial");
    // Valid from an hour ago, so a tablet whose clock is a little behind still accepts it.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_time_adj_ex(X509_getm_notAfter(cert.get()), static_cast<int>(validity.count()), 0, nullptr);
    X509_NAME* name = X509_get_subject_name(cert.get());
    if (X509_NAME_add_entry_by_txt(
            name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName.c_str()), -1, -1, 0)
            != 1
        || X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name) != 1
        || X509_set_pubkey(cert.get(), subjectKey) != 1)
        return cryptoFailure("Naming a certificate");

    bool ok = addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash");
    switch (usage) {
    case Usage::Authority:
        ok = ok && addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
            && addExtension(cert.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
        break;
    case Usage::Server:
    case Usage::Client:
        ok = ok && addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(cert.get(), issuer, NID_key_usage, "critical,digitalSignature")
            && addExtension(
                cert.get(), issuer, NID_ext_key_usage, usage == Usage::Server ? "serverAuth" : "clientAuth");
        if (issuer)
            ok = ok && addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid:always");
        break;
    }
    if (usage == Usage::Server && !altNames.empty()) {
        std::string list;
        for (const auto& n : altNames)
            list += (list.empty() ? "" : ",") + n;
        ok = ok && addExtension(cert.get(), issuer, NID_subject_alt_name, list.c_str());
    }
    if (!ok)
        return cryptoFailure("Adding certificate extensions");
    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return cryptoFailure("Signing a certificate");
    return cert;
}

core::Result<std::string> certificateRequest(EVP_PKEY* key, const std::string& commonName)
{
    Request req(X509_REQ_new());
    if (!req || X509_REQ_set_version(req.get(), 0) != 1)
        return cryptoFailure("Creating a certificate request");
    X509_NAME* name = X509_REQ_get_subject_name(req.get());
    if (X509_NAME_add_entry_by_txt(
            name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName.c_str()), -1, -1, 0)
            != 1
        || X509_REQ_set_pubkey(req.get(), key) != 1 || X509_REQ_sign(req.get(), key, EVP_sha256()) <= 0)
        return cryptoFailure("Signing a certificate request");
    unsigned char* buf = nullptr;
    const int n = i2d_X509_REQ(req.get(), &buf);
    if (n <= 0)
        return cryptoFailure("Encoding a certificate request");
    std::string out(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    OPENSSL_free(buf);
    return out;
}

core::Result<Key> requestedKey(std::string_view der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    Request req(d2i_X509_REQ(nullptr, &p, static_cast<long>(der.size())));
    if (!req || p != reinterpret_cast<const unsigned char*>(der.data()) + der.size()) {
        ERR_clear_error();
        return fail(ErrorCode::Protocol, "the certificate request cannot be read");
    }
    EVP_PKEY* key = X509_REQ_get_pubkey(req.get());
    Key owned(key);
    if (!owned || X509_REQ_verify(req.get(), key) != 1) {
        ERR_clear_error();
        return fail(ErrorCode::Protocol, "the certificate request is not signed by its key");
    }
    if (!EVP_PKEY_is_a(key, "EC") || EVP_PKEY_get_bits(key) < 256) {
        ERR_clear_error();
        return fail(ErrorCode::Protocol, "the certificate request is for a key of another kind than P-256");
    }
    char group[64] = {};
    std::size_t groupLength = 0;
    if (EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &groupLength) != 1
        || std::string_view(group, groupLength) != "prime256v1") {
        ERR_clear_error();
        return fail(ErrorCode::Protocol, "the certificate request is for a key of another kind than P-256");
    }
    return owned;
}

core::Result<std::string> publicKeyPin(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int n = i2d_PUBKEY(key, &der);
    if (n <= 0)
        return cryptoFailure("Encoding a public key");
    unsigned char digest[32];
    unsigned int digestLength = 0;
    const bool ok = EVP_Digest(der, static_cast<std::size_t>(n), digest, &digestLength, EVP_sha256(), nullptr) == 1;
    OPENSSL_free(der);
    if (!ok)
        return cryptoFailure("Hashing a public key");
    unsigned char b64[64] = {};
    const int b64Length = EVP_EncodeBlock(b64, digest, static_cast<int>(digestLength));
    return "sha256/" + std::string(reinterpret_cast<const char*>(b64), static_cast<std::size_t>(b64Length));
}

core::Result<std::string> publicKeyPin(X509* cert)
{
    EVP_PKEY* key = X509_get0_pubkey(cert);
    if (!key)
        return cryptoFailure("Reading a certificate's key");
    return publicKeyPin(key);
}

std::string commonName(X509* cert)
{
    X509_NAME* name = X509_get_subject_name(cert);
    const int index = name ? X509_NAME_get_index_by_NID(name, NID_commonName, -1) : -1;
    if (index < 0)
        return {};
    const ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    if (!data)
        return {};
    return std::string(
        reinterpret_cast<const char*>(ASN1_STRING_get0_data(data)), static_cast<std::size_t>(ASN1_STRING_length(data)));
}

std::string serialHex(X509* cert)
{
    const ASN1_INTEGER* serial = X509_get0_serialNumber(cert);
    return serial ? hex(ASN1_STRING_get0_data(serial), static_cast<std::size_t>(ASN1_STRING_length(serial)))
                  : std::string();
}

std::string fingerprintSha256(X509* cert)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (X509_digest(cert, EVP_sha256(), digest, &n) != 1)
        return {};
    return hex(digest, n);
}

bool isIssuedBy(X509* cert, X509* issuer)
{
    EVP_PKEY* key = X509_get0_pubkey(issuer);
    const bool ok = key && X509_verify(cert, key) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace fieldnotes::sync::pki
