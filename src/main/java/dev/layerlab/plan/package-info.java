/**
 * From the AST to an immutable {@code BuildPlan}: stages, global and stage ARGs, build args, the stage graph (FROM a stage, COPY --from, RUN --mount from) and target pruning.
 *
 * <p>May import: {@code dockerfile}.
 */
package dev.layerlab.plan;
