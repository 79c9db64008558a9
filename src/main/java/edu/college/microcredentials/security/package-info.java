/** Who may do what: sign-in to the REST API and (later) the engine's authorizations. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package edu.college.microcredentials.security;
