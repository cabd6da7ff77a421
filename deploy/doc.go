// Package deploy holds paperboy's deployment files (Dockerfile, compose.yaml, k8s/, the Grafana
// dashboard, the release Makefile) and the tests that check them; it has no code of its own.
package deploy
