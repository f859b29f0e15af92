//! Account life cycle: registration (J1), single-use e-mail links, set and reset password
//! (J2, J3's "Lost your password?").

pub mod links;
pub mod profile;
pub mod recovery;
pub mod registration;
