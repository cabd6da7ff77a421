// Package helm tests the Helm chart in deploy/helm/paperboy: `helm lint` and `helm template`
// through Helm's own Go packages, the rendered objects decoded strictly into the Kubernetes API
// types. It is a module of its own so that Helm and client-go stay out of paperboy's module
// graph (and out of `go mod download` in image builds); .ci/run tests it separately.
package helm
