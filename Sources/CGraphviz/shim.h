#ifndef STAKEGRAPH_CGRAPHVIZ_SHIM_H
#define STAKEGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
