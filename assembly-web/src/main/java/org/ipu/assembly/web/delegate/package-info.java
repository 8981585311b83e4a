/** The delegate's tablet: checking in to the plenary and casting the delegation's ballot. */
package org.ipu.assembly.web.delegate;
