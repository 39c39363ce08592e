#ifndef CLAIMKIT_CLIBXML2_SHIM_H
#define CLAIMKIT_CLIBXML2_SHIM_H

/* libxml2 is built with ICU here; its ICU-typed fields clash with Foundation's bundled ICU
   ("UErrorCode has different definitions") when clang indexes both. Swift only holds
   xmlCharEncodingHandler by pointer, so hiding the ICU fields changes nothing we use. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>

#endif
