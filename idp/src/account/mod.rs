//! Account life cycle: registration (J1), single-use e-mail links, set and reset password
//! (J2, J3's "Lost your password?"), My Account's changes, recovery; and telling the owner
//! of every change (SPEC section 5).

pub mod activity;
pub mod links;
pub mod profile;
pub mod recovery;
pub mod registration;
