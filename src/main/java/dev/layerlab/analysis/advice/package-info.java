/**
 * The advisor: hadolint-style rules about size, cache and secrets, each finding with a line and, where
 * one exists, a rewrite of the Dockerfile whose effect is measured by simulating both versions.
 *
 * <p>May import: {@code build}, {@code image}, {@code analysis.secrets} and what they import.
 */
package dev.layerlab.analysis.advice;
