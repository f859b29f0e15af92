//! `argon2-ref M_KIB T P SECONDS`: verifies one argon2id hash in a loop on the calling thread
//! for SECONDS and prints `{"hashes":N,"seconds":S,"rate":R}`.
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::time::{Duration, Instant};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<u64> = std::env::args()
        .skip(1)
        .map(|a| a.parse::<u64>())
        .collect::<Result<_, _>>()?;
    let [m, t, p, seconds] = args[..] else {
        return Err("usage: argon2-ref M_KIB T P SECONDS".into());
    };
    let params = Params::new(u32::try_from(m)?, u32::try_from(t)?, u32::try_from(p)?, None)
        .map_err(|e| e.to_string())?;
    let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let salt = SaltString::from_b64("YmVuY2hzYWx0YmVuY2hzYWx0").map_err(|e| e.to_string())?;
    let password = b"correct horse battery staple";
    let phc = argon2
        .hash_password(password, &salt)
        .map_err(|e| e.to_string())?
        .to_string();
    let parsed = PasswordHash::new(&phc).map_err(|e| e.to_string())?;
    let deadline = Duration::from_secs(seconds);
    let start = Instant::now();
    let mut hashes = 0u64;
    while start.elapsed() < deadline {
        argon2
            .verify_password(password, &parsed)
            .map_err(|e| e.to_string())?;
        hashes += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{{\"hashes\":{hashes},\"seconds\":{secs:.3},\"rate\":{:.1}}}",
        hashes as f64 / secs
    );
    Ok(())
}
