/**
 * The applets an image offers (busybox or coreutils): one small model each, acting on the simulated
 * filesystem through an {@link dev.layerlab.shell.Invocation}, with busybox's messages for the common
 * mistakes.
 */
package dev.layerlab.shell.applet;
