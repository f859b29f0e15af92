//! Account life cycle: registration, e-mail links, set and reset password.
