/** Engine-wide pieces: process variable names, deadlines, Tasklist filters, form text and the demo data. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package edu.college.microcredentials.process;
