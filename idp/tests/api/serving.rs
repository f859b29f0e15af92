//! The real `idp` binary: TLS termination with rustls, the loopback-only rule for plain
//! http, health endpoints, and the demo seed (idempotent, demo.json).

use crate::binary::{free_port, idp, wait_ready};
use std::process::Stdio;

#[tokio::test]
async fn serves_https_with_its_own_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let cert =
        rcgen::generate_simple_self_signed(vec!["localhost".into(), "127.0.0.1".into()]).unwrap();
    let cert_path = dir.path().join("cert.pem");
    let key_path = dir.path().join("key.pem");
    std::fs::write(&cert_path, cert.cert.pem()).unwrap();
    std::fs::write(&key_path, cert.key_pair.serialize_pem()).unwrap();
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let mut child = idp(
        dir.path(),
        &["--listen", &listen, "serve"],
        &[
            ("IDP_TLS_CERTIFICATE", cert_path.to_str().unwrap()),
            ("IDP_TLS_PRIVATE_KEY", key_path.to_str().unwrap()),
            ("IDP_ISSUER", &format!("https://localhost:{port}")),
        ],
    )
    .stdout(Stdio::null())
    .spawn()
    .unwrap();
    let client = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(cert.cert.pem().as_bytes()).unwrap())
        .resolve("localhost", format!("127.0.0.1:{port}").parse().unwrap())
        .build()
        .unwrap();
    let base = format!("https://localhost:{port}");
    wait_ready(&client, &base, &mut child, String::new).await;
    let meta: serde_json::Value = client
        .get(format!("{}/.well-known/openid-configuration", base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(meta["issuer"], base.as_str());
    let page = client.get(format!("{}/logout", base)).send().await.unwrap();
    let cookies: Vec<String> = page
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    assert!(
        cookies
            .iter()
            .any(|c| c.starts_with("__Host-") && c.contains("Secure")),
        "{cookies:?}"
    );
    // and plain http on that port is not served
    let plain = reqwest::Client::new()
        .get(format!("http://127.0.0.1:{port}/healthz"))
        .send()
        .await;
    assert!(plain.map(|r| !r.status().is_success()).unwrap_or(true));
}

#[tokio::test]
async fn refuses_a_plain_http_issuer_on_a_public_host() {
    let dir = tempfile::tempdir().unwrap();
    let out = idp(
        dir.path(),
        &["--listen", "127.0.0.1:0", "serve"],
        &[("IDP_ISSUER", "http://idp.example.org")],
    )
    .output()
    .await
    .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("plain http") && err.contains("TLS"), "{err}");
}

#[tokio::test]
async fn demo_seeds_once_writes_demo_json_and_reuses_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let client = reqwest::Client::new();
    let mut first_json = serde_json::Value::Null;
    for round in 0..3 {
        if round == 2 {
            // demo.json lost, data kept: new secrets are set and printed, and they work.
            std::fs::remove_file(dir.path().join("demo.json")).unwrap();
        }
        let port = free_port();
        let listen = format!("127.0.0.1:{port}");
        let mut child = idp(dir.path(), &["--listen", &listen, "demo"], &[])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let base = format!("http://{listen}");
        wait_ready(&client, &base, &mut child, String::new).await;
        let demo: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.path().join("demo.json")).unwrap()).unwrap();
        assert_eq!(demo["issuer"], base.as_str());
        let names: Vec<&str> = demo["clients"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap())
            .collect();
        assert!(
            names.contains(&"CPMS")
                && names.contains(&"Authorization system")
                && names.contains(&"Demo relying party"),
            "{names:?}"
        );
        let rp = demo["clients"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["client_id"] == "demo-rp")
            .unwrap();
        // the printed secret works at the token endpoint
        let res = client
            .post(format!("{}/token", base))
            .basic_auth("demo-rp", rp["client_secret"].as_str())
            .form(&[("grant_type", "client_credentials")])
            .send()
            .await
            .unwrap();
        assert_eq!(
            res.status(),
            200,
            "round {round}: {}",
            res.text().await.unwrap()
        );
        assert!(demo["users"].as_array().unwrap().iter().any(|u| u["roles"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r == "helpdesk:cpms")));
        let outbox = client
            .get(format!("{}/dev/outbox", base))
            .send()
            .await
            .unwrap();
        assert_eq!(outbox.status(), 200, "dev outbox in demo mode");
        match round {
            0 => first_json = demo["clients"].clone(),
            1 => assert_eq!(first_json, demo["clients"], "second start reuses the seed"),
            _ => assert_ne!(first_json, demo["clients"], "the lost secrets are replaced"),
        }
        // Stopped before the next round starts on the same data.
        child.kill().await.unwrap();
    }
}

#[tokio::test]
async fn dev_outbox_is_absent_outside_dev_mode() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let mut child = idp(dir.path(), &["--listen", &listen, "serve"], &[])
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let client = reqwest::Client::new();
    let base = format!("http://{listen}");
    wait_ready(&client, &base, &mut child, String::new).await;
    let res = client
        .get(format!("{}/dev/outbox", base))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}
