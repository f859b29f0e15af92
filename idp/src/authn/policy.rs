//! Password policy (NIST SP 800-63B-4, OWASP ASVS 5.0). Written by the accounts work.
