/**
 * How the application starts when it is built into its image: the training run whose
 * loaded classes make the class-data-sharing archive the JVM starts from.
 */
package org.injaz.startup;
