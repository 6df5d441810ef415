package dev.layerlab.analysis.start;

/**
 * One thing a container start depends on.
 *
 * @param subject what was checked ({@code command}, {@code program /server}, {@code user app} …)
 * @param ok whether it holds
 * @param detail what was found, or the runtime's error when it does not hold
 */
public record StartCheck(String subject, boolean ok, String detail) {}
